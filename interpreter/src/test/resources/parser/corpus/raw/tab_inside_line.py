x	=	1	# tab comment
