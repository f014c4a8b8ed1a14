s = 'a	b'
