s = 'single'
d = "double"
#---
t1 = '''triple single'''
t2 = """triple double"""
#---
e = ''
f = ""
g = ''''''
h = """"""
#---
r1 = r'raw\n'
r2 = R'raw\n'
r3 = r"raw\t"
r4 = R"""raw\x41"""
r5 = r'''raw\\'''
#---
u1 = u'unicode'
u2 = U"unicode"
u3 = u'''tri'''
u4 = U""""""
#---
b1 = b'bytes'
b2 = B"bytes"
b3 = b'''tri'''
b4 = B"""tri"""
b5 = b''
#---
x1 = br'\n'
x2 = rb'\n'
x3 = Br'\n'
x4 = bR'\n'
x5 = BR'\n'
x6 = Rb'\n'
x7 = rB'\n'
x8 = RB'\n'
x9 = br"""\d"""
x10 = rb'''\x00'''
#---
s = 'it\'s'
t = "say \"hi\""
u = "it's"
v = 'say "hi"'
#---
a = '''it's "quoted"'''
b = """a""b"""
c = '''a\'''b'''
d = """ends with quote\""""
e = '''a'b''c'''
#---
m = '''line one
line two
    indented line three
'''
#---
m = """
first

third
"""
#---
esc = '\n \t \\ \' \" \a \b \f \v \0'
#---
h = '\x41\x42\x7f\xff'
o = '\101\102\0\7\77\377'
#---
u = '\u00e9\u20ac\uFFFD'
U = '\U0001F600\U00000041'
N = '\N{BULLET}\N{LATIN SMALL LETTER E WITH ACUTE}\N{EM DASH}'
#---
n = '\N{SNOWMAN}' "\N{greek small letter alpha}"
#---
bs = b'\n\t\\\'\"\a\b\f\v\0'
bx = b'\x41\x00\xff\101\777'
#---
bu = b'\u00e9\N{BULLET}'
#---
cont = 'abc\
def'
#---
cont2 = """abc\
def\
ghi"""
#---
unk = '\d\w\s\q\%\8\9'
#---
bunk = b'\d\u\N\q'
#---
oct = '\777\400'
#---
r1 = r'\''
r2 = r"\""
r3 = r'\\'
r4 = r'a\
b'
#---
raw_tri = r'''C:\new\table\x'''
#---
a = 'a' 'b'
b = 'a' "b" '''c''' """d"""
#---
x = ('first '
     'second '
     "third")
#---
y = b'a' b'b'
z = b'a' rb'\b' B"c"
#---
a = u'a' 'b'
b = 'a' u'b'
c = r'\a' 'b'
#---
s = 'caf\xe9 caf\u00e9 café'
#---
s = '日本語 😀 ñ'
#---
x = '#not a comment'  # but this is
#---
s = '\N{DIGIT ONE}\N{digit two}'
#---
v = "\"" '\''
w = '"' "'"
#---
e = '\x00\x01\x1f\x7f\x80\x9f\xa0\xad'
#---
s = '\u2028\u2029\x85\x0b\x0c\x1c'
#---
s = 'back\\slash' r'\back'
#---
s = '\r\n\r'
#---
print('hello', "world", '''!''')
#---
'docstring-like expression statement'
#---
''
#---
b'\x80\x81' b'plain'
