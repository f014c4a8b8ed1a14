# Checks: a SyntaxError raised by importing a module carries msg/filename/lineno/offset/text, and uncaught it prints the module's file, line, source and caret.
try:
    import syntax_error_in_import_pkg.unclosed
except SyntaxError as e:
    print(type(e).__name__, "|", e.msg, "|", e.filename.endswith("unclosed.py"), e.lineno, e.offset, repr(e.text))
    print(str(e).startswith(e.msg), str(e).endswith("line 4)"))
import syntax_error_in_import_pkg.unclosed
