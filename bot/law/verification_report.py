"""`python -m bot.law.verification_report`: the README's verification figures, from the data."""

from bot.law.rules_loader import verification_counts


def sentence() -> str:
    figures = verification_counts()
    return (
        f"of {figures['total']} rule blocks: {figures['statute text']} statute text, "
        f"{figures['case law']} case law, {figures['secondary source only']} secondary "
        f"sources only, {figures['not verified']} not verified"
    )


if __name__ == "__main__":
    print(sentence())
