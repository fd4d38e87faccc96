"""The shape of a person's name in running text, for the plain-wording patterns."""

from __future__ import annotations

# Capitals a name may start with: "Évariste", "Łukasz", "Şimşek", "Þorgerður".
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
NAME = (
    rf"(?:[{UPPER}][\w'’.-]*)(?:[ \t]+(?:[{UPPER}][\w'’.-]*|"
    r"(?:al|el|ad|as|ash|at|az)-[A-Z][\w'’.-]*|(?:bin|bint|ibn|al|de|da|dos|van|von|der|di|du)\b)){0,9}"
)  # "Saudi Foreign Minister Prince Faisal bin Farhan Al Saud": ten words
