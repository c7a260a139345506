"""Data package: medmal_limitations.yaml ships with the code as package data."""
