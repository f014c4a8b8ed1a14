# Checks: the source line shown in a traceback is stripped of leading whitespace, and continuation lines show the first line of the statement.
def compute(values):
    if values:
        total = (values[0] +
                 values[1] +
                 values[9])
        return total
compute([1, 2, 3])
