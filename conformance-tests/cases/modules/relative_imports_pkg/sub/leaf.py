from . import sibling
from .sibling import SIBLING
from .. import TOP
from ..util import helper
from .. import util as u
leaf_value = f"{SIBLING} | {TOP} | {helper()} | {u.helper is helper} | {sibling.__name__} | {__package__}"
