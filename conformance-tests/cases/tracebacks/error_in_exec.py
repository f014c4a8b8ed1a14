# Checks: frames from exec()'d code show File "<string>" without a source line.
code = """
def broken():
    return undefined_in_exec
broken()
"""
exec(code)
