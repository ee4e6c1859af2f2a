"""Query expressions the ORM lacks."""

from django.db.models import CharField, Expression, Func, IntegerField


class Constant(Expression):
    """A constant of the code written into the SQL, not passed as a parameter.

    SQLite uses a partial index (``WHERE "status" = 'published'``) only when
    the query compares the column with that same literal: bound as a
    parameter, the publishing rule made a search over 43,000 matches four
    times slower (100 ms against 25 ms at 100,000 articles). Only for the
    code's own constants, never for anything a user typed.
    """

    output_field = CharField()

    def __init__(self, value: str):
        if not value.replace("_", "").isalnum():
            raise ValueError(f"not a plain constant: {value!r}")
        super().__init__()
        self.value = value

    def as_sql(self, compiler, connection):
        return f"'{self.value}'", []


class Unindexed(Func):
    """``+column``: keeps SQLite from driving a query through this column's index.

    For a filter such as "id in these 40,000 search matches", where walking
    the list order's index and stopping at the first rows is far cheaper than
    probing every match and sorting them (PostgreSQL ignores the unary plus).
    """

    template = "+%(expressions)s"
    output_field = IntegerField()
