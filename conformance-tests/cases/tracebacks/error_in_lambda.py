# Checks: a traceback through a lambda called by a builtin shows the frame name <lambda>.
values = [3, 1, 0, 2]
result = sorted(values, key=lambda v: 10 / v)
