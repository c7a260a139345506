"""One whole web intake, from the story to the confirmed summary, for load and fuzz runs.

The answers follow the questions the form asks for this story (the patient is
the visitor, alive, in New Jersey, three months ago: the deadline is far enough
away that the found-out question is not asked), so the last reply says the lead
is stored.
"""

PHONE = "(201) 555-0147"


def full_intake(phone: str = PHONE) -> tuple[str, ...]:
    """The whole intake, giving `phone`: distinct visitors need distinct numbers, since
    the same number from a new conversation is the same person coming back (a second
    contact on the earlier lead, not a lead of its own)."""
    return (
        "The ER sent me home with antacids, but it turned out my heart was the problem",
        "Dr. Gomez at Mercy General Hospital",
        "permanent heart damage",
        "about three months ago",
        "new jersey",
        "58",
        "no",
        f"Dana Whitfield, {phone}",  # consent, name and number in one answer
        "yes",
    )


FULL_INTAKE = full_intake()
