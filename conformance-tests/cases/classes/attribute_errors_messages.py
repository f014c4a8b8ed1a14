# Checks: AttributeError messages for instances, classes, modules, builtins and None.
import math
class Thing:
    pass
for action in [lambda: Thing().missing, lambda: Thing.missing, lambda: math.nope, lambda: (5).foo,
               lambda: None.attr, lambda: "s".nope, lambda: [].push, lambda: setattr(5, "x", 1),
               lambda: delattr(Thing(), "ghost"), lambda: object().__dict__]:
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
