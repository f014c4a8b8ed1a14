# Checks: traceback frame names for nested functions use the plain function name.
def make_parser(sep):
    def parse(text):
        left, right = text.split(sep)
        return left, right
    return parse
parse = make_parser("=")
print(parse("a=b"))
parse("a=b=c")
