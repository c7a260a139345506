"""Spanish: the visitor's words read into the same values as the English parsers return.

Each module here is the Spanish front of an English one beside it in bot/intake/: it
reads Spanish ("hace dos años", "Carolina del Norte", "unos 45", "mi mamá", "nel") and
hands the language-neutral result (a DateSpec, a USPS code, "mother", an age) to the
shared logic, so the limitation and qualification rules never see a language. The one
entry per question for either language is bot/intake/multilingual.py.
"""
