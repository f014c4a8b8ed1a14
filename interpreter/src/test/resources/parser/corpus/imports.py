import a
#---
import a.b
#---
import a.b.c
#---
import a.b.c as d
#---
import a as b
#---
import a, b
#---
import a, b as c, d.e, f.g as h
#---
from a import b
#---
from a import b as c
#---
from a import b, c
#---
from a import b as c, d
#---
from a import (b)
#---
from a import (b, c)
#---
from a import (b as c, d,)
#---
from a import (
    b,
    c as d,
    e,
)
#---
from a.b.c import d
#---
from . import x
#---
from .. import x
#---
from ... import x
#---
from .... import x
#---
from ..... import x
#---
from . . . import x
#---
from .a import b
#---
from ..a import b
#---
from ...a.b import c
#---
from ..pkg.mod import (a as b, c,)
#---
from m import *
#---
from .m import *
#---
from . import (a as b)
#---
from __future__ import annotations
#---
from __future__ import annotations, division
#---
"""Module docstring."""
from __future__ import annotations
import os
#---
from __future__ import (annotations)
#---
def f():
    import os
    import os.path as p
    from os import path
#---
if x:
    import a
else:
    from b import a
#---
try:
    import json
except ImportError:
    json = None
#---
import a.b.c, d
#---
from a import b; import c
#---
import os, sys
from collections import OrderedDict, defaultdict as dd
from typing import (
    Any,
    Optional,
)
#---
from . a import b
#---
import  a . b  as  c
