"""Structured extraction of diplomatic meetings from news articles."""
