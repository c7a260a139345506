"""The conversation benchmark (issue 13): simulated visitors through the real stack.

Run `python -m bench.conversation` (or `python bench/conversation`) from the project root;
see bench/README.md.
"""
