"""Qt item models over core objects. They adapt data for views and hold no business rules."""
