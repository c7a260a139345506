# ruff: noqa: E501
"""Written blind on 2026-12-03 by a session that had not read the name reader; rows for round 13.

Each row is (reply as typed, the full name a careful paralegal would keep, or "" when the reply gives no name).
"""

ROWS: list[tuple[str, str]] = [
    # --- words before the name ---
    ("My name Minh Tran", "Minh Tran"),
    ("me? tyler boone", "Tyler Boone"),
    ("its ok its Dana Whitfield", "Dana Whitfield"),
    ("name is  Okafor, Chidi", "Chidi Okafor"),
    ("ok so my full name is Kevin Andrew Marsh", "Kevin Andrew Marsh"),
    ("This is Gloria Stanfield speaking", "Gloria Stanfield"),
    # --- words after the name ---
    ("brianna kowalski im her mom", "Brianna Kowalski"),
    ("Luis Ortega, the patient's son", "Luis Ortega"),
    ("Jenna Olson text is ok", "Jenna Olson"),
    ("Sam Reyes thanks for helping", "Sam Reyes"),
    ("Derek Fontaine. I'm calling about my wife", "Derek Fontaine"),
    ("Theresa Mulligan and I'm 72 years old", "Theresa Mulligan"),
    ("jordan pike sorry typing one handed", "Jordan Pike"),
    # --- titles, ranks and credentials ---
    ("Dr. Priya Raman (PhD, not MD)", "Priya Raman"),
    ("SSG (ret) Darnell Greene", "Darnell Greene"),
    ("Rev. Thomas Abernathy", "Thomas Abernathy"),
    ("Sgt Maria Cruz", "Maria Cruz"),
    ("Angela Brooks, RN", "Angela Brooks"),
    ("Capt. William J. Harlan, USN retired", "William J. Harlan"),
    ("Pastor Denise Whitaker-Hall", "Denise Whitaker-Hall"),
    # --- nicknames beside the legal name ---
    ("Madison Fairbanks, Maddie", "Madison Fairbanks"),
    ("Robert 'Bobby' Lanier", "Robert Lanier"),
    ("Ricardo Montoya, Rick", "Ricardo Montoya"),
    ("Katherine Doyle but everyone calls me Kit", "Katherine Doyle"),
    ("William Tate Jr. (goes by Billy)", "William Tate Jr."),
    ("Anh Pham, my American name is Annie", "Anh Pham"),
    # --- long and compound names in many cultures ---
    ("María Fernanda de la Rosa Villalobos", "María Fernanda de la Rosa Villalobos"),
    ("José Antonio del Valle Ortiz", "José Antonio del Valle Ortiz"),
    ("Nguyễn Thị Thu Hà", "Nguyễn Thị Thu Hà"),
    ("Oluwaseun Adebayo-Okonkwo", "Oluwaseun Adebayo-Okonkwo"),
    ("Abdullah bin Khalid al-Harbi", "Abdullah bin Khalid al-Harbi"),
    ("Kaʻiulani Keʻalohilani Makoa", "Kaʻiulani Keʻalohilani Makoa"),
    ("Pieter van der Berg", "Pieter van der Berg"),
    ("João Pedro Gonçalves da Silva", "João Pedro Gonçalves da Silva"),
    ("Siobhan O'Driscoll-McNamara", "Siobhan O'Driscoll-McNamara"),
    # --- honorifics and politeness words ---
    ("Mrs. Elaine Porter", "Elaine Porter"),
    ("Rosario Dizon po", "Rosario Dizon"),
    ("yes sir, it's Marcus Bell", "Marcus Bell"),
    ("Ms. Loretta Jean Simmons, ma'am", "Loretta Jean Simmons"),
    ("Mr Harold Finch thank you kindly", "Harold Finch"),
    # --- Spanish replies ---
    ("me llamo Yokasta Polanco de la Cruz", "Yokasta Polanco de la Cruz"),
    ("Ramón Peña Almonte, yo soy el hermano", "Ramón Peña Almonte"),
    ("soy Lupita Herrera", "Lupita Herrera"),
    ("mi nombre es Carlos Eduardo Ríos", "Carlos Eduardo Ríos"),
    ("Guadalupe Sánchez Morales, la mamá del niño", "Guadalupe Sánchez Morales"),
    ("buenas, Esperanza Villa para servirle", "Esperanza Villa"),
    # --- name with phone or email (contact question) ---
    ("Jenna Olson 555-201-8834", "Jenna Olson"),  # contact
    ("tom becker, tbecker77@gmail.com", "Tom Becker"),  # contact
    ("Aisha Rahman - (404) 555-0147, email aisha.rahman@outlook.com", "Aisha Rahman"),  # contact
    ("its Greg Novak call me at 312 555 0190 after 5", "Greg Novak"),  # contact
    ("Patricia Lozano. Phone is 210.555.6621 text preferred", "Patricia Lozano"),  # contact
    ("ph 555-880-1234 name is Darius Coleman", "Darius Coleman"),  # contact
    # --- no name given ---
    ("why?", ""),
    ("it's for my mom", ""),
    ("idk", ""),
    ("(312) 555-0199", ""),
    ("I'd rather not say yet", ""),
    ("can we skip that part", ""),
    ("just call me back at this number", ""),
    ("do you need my name or hers?", ""),
]
