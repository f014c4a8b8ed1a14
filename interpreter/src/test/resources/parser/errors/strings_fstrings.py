x = 'abc
#---
x = "abc
y = 1
#---
x = 1
y = 'abc
z = 2
#---
x = """abc

y = 1
#---
x = '''abc
#---
x = 1
y = '''abc
def
#---
x = r'\'
#---
x = 'abc\'
#---
x = b'é'
#---
x = b'caf\xe9 café'
#---
x = 'a' b'b'
#---
x = b'a' 'b'
#---
x = b'a' f'b'
#---
x = f'a' b'b'
#---
x = 'a' rb'b'
#---
x = uf'x'
#---
x = bu'x'
#---
x = f'{}'
#---
x = f'{ }'
#---
x = f'{x'
#---
x = f'{'
#---
x = f'}'
#---
x = f'{x}}'
#---
x = f'a}b'
#---
x = f'{x!}'
#---
x = f'{x!z}'
#---
x = f'{x!rr}'
#---
x = f'{x! r}'
#---
x = f'{"\n"}'
#---
x = f'{a["\t"]}'
#---
x = f'{x#}'
#---
x = f'{x # comment}'
#---
x = f'{a b}'
#---
x = f'{lambda x: x}'
#---
x = f'{x:{y:{z}}}'
#---
x = f'{)}'
#---
x = f'{(}'
#---
x = f'{*x}'
#---
x = f'{x=!}'
#---
x = f'{=}'
#---
x = f'{!r}'
#---
x = f'{:x}'
#---
x = f'{x:{}}'
#---
x = f'{a = b}'
#---
x = f'{yield}'
#---
x = f'{x!r=}'
#---
x = '\N{NOT A CHARACTER NAME}'
#---
x = '\N{BULLET'
#---
x = '\x4'
#---
x = '\xZZ'
#---
x = '\u12'
#---
x = '\U0011FFFF'
#---
x = b'\x4'
#---
x = f'{x}' b'y'
#---
x = f'{x:{a b}}'
#---
x = f'''{
a b
}'''
