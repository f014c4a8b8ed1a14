# Checks: notes added with add_note are printed after the exception line in the traceback.
def parse(line_no, text):
    try:
        return int(text)
    except ValueError as e:
        e.add_note(f"while parsing line {line_no}")
        e.add_note("hint: values must be integers")
        raise
parse(1, "10")
parse(2, "ten")
