"""One whole web intake, from the story to the confirmed summary, for load and fuzz runs.

The answers follow the questions the form asks for this story (the patient is
the visitor, alive, in New Jersey, three months ago: the deadline is far enough
away that the found-out question is not asked), so the last reply says the lead
is stored.
"""

FULL_INTAKE = (
    "The ER sent me home with antacids and two days later I had a heart attack",
    "Dr. Gomez at Mercy General Hospital",
    "permanent heart damage",
    "about three months ago",
    "new jersey",
    "58",
    "no",
    "Dana Whitfield",
    "yes, (201) 555-0147",
    "yes",
)
