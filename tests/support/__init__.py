"""Test helpers shared by several test modules (stand-in model server, fixtures)."""
