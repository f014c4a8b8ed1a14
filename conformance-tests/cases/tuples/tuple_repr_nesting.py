# Checks: repr of nested tuples and containers mixing tuples, lists, dicts, strings and floats.
print(((1,), ((2,),), ()), [(1, 2)], {(1, 2): (3,)}, ("a", 'b"', 1.0, None))
print(repr((("x",),)), str((1.5, -0.0, True)))
print(tuple(range(3)), tuple([x * 2 for x in range(3)]))
