/*
 * The Python 3.11 syntax (without `match`, and with PEP 828's `async yield from`), written
 * for Krait as an ANTLR4 parser grammar.
 *
 * The grammar is deliberately a little wider than Python in a few places where CPython's
 * own parser also decides later: assignment and deletion targets are parsed as expressions,
 * and parameter lists as flat sequences. The AST builder checks them and raises CPython's
 * messages ("cannot assign to literal", "non-default argument follows default argument").
 * Precedence is written as one rule per level with loops, not left recursion, which keeps
 * prediction cheap and recursion shallow for long chains like a + b + c + ...
 */
parser grammar PythonParser;

options {
    tokenVocab = PythonLexer;
    superClass = PythonParserBase;
    contextSuperClass = CompactRuleContext;
}

// ---- entry points ----
fileInput        : ( NEWLINE | stmt )* EOF ;
interactiveInput : ( NEWLINE | simpleStmts | compoundStmt NEWLINE? )? EOF ;
evalInput        : starExpressions NEWLINE* EOF ;
/** The expression of an f-string replacement field, lexed as if inside brackets. */
fstringExpr      : ( yieldExpr | starExpressions ) EOF ;

// ---- statements ----
stmt        : compoundStmt | simpleStmts ;
simpleStmts : simpleStmt ( SEMI simpleStmt )* SEMI? NEWLINE ;

simpleStmt
    : exprStmt
    | returnStmt
    | importStmt
    | raiseStmt
    | PASS
    | delStmt
    | assertStmt
    | BREAK
    | CONTINUE
    | globalStmt
    | nonlocalStmt
    ;

exprStmt
    : exprOrYield
      ( COLON expression ( EQUAL exprOrYield )?          // annotated assignment
      | augAssign exprOrYield                            // augmented assignment
      | ( EQUAL exprOrYield )*                           // expression or (chained) assignment
      )
    ;
exprOrYield : yieldExpr | starExpressions ;

augAssign
    : PLUSEQUAL | MINEQUAL | STAREQUAL | ATEQUAL | SLASHEQUAL | PERCENTEQUAL | AMPEREQUAL
    | VBAREQUAL | CIRCUMFLEXEQUAL | LEFTSHIFTEQUAL | RIGHTSHIFTEQUAL | DOUBLESTAREQUAL
    | DOUBLESLASHEQUAL
    ;

returnStmt   : RETURN starExpressions? ;
raiseStmt    : RAISE ( expression ( FROM expression )? )? ;
globalStmt   : GLOBAL NAME ( COMMA NAME )* ;
nonlocalStmt : NONLOCAL NAME ( COMMA NAME )* ;
delStmt      : DEL starExpressions ;
assertStmt   : ASSERT expression ( COMMA expression )? ;

importStmt : importName | importFrom ;
importName : IMPORT dottedAsName ( COMMA dottedAsName )* ;
importFrom
    : FROM ( DOT | ELLIPSIS )* dottedName IMPORT importTargets
    | FROM ( DOT | ELLIPSIS )+ IMPORT importTargets
    ;
importTargets
    : LPAR importAsName ( COMMA importAsName )* COMMA? RPAR
    | importAsName ( COMMA importAsName )*
    | STAR
    ;
importAsName : NAME ( AS NAME )? ;
dottedAsName : dottedName ( AS NAME )? ;
dottedName   : NAME ( DOT NAME )* ;

// ---- compound statements ----
compoundStmt
    : functionDef
    | ifStmt
    | classDef
    | withStmt
    | forStmt
    | tryStmt
    | whileStmt
    | decorated
    ;

block
    : NEWLINE INDENT stmt+ DEDENT
    | simpleStmts
    ;

decorated  : decorator+ ( classDef | functionDef ) ;
decorator  : AT namedExpression NEWLINE ;

classDef   : CLASS NAME ( LPAR arguments? RPAR )? COLON block ;

functionDef : ASYNC? DEF NAME LPAR parameters? RPAR ( RARROW expression )? COLON block ;

parameters : parameter ( COMMA parameter )* COMMA? ;
// Defaults on * and ** parameters are accepted here so the builder can say what is wrong.
parameter
    : SLASH
    | STAR ( NAME ( COLON starExpression )? )? ( EQUAL expression )?
    | DOUBLESTAR NAME ( COLON expression )? ( EQUAL expression )?
    | NAME ( COLON expression )? ( EQUAL expression )?
    ;

ifStmt    : IF namedExpression COLON block elifClause* elseBlock? ;
elifClause: ELIF namedExpression COLON block ;
elseBlock : ELSE COLON block ;

whileStmt : WHILE namedExpression COLON block elseBlock? ;

forStmt   : ASYNC? FOR starTargets IN starExpressions COLON block elseBlock? ;

withStmt
    : ASYNC? WITH LPAR withItem ( COMMA withItem )* COMMA? RPAR COLON block
    | ASYNC? WITH withItem ( COMMA withItem )* COLON block
    ;
withItem  : expression ( AS starTarget )? ;

tryStmt
    : TRY COLON block ( exceptClause+ elseBlock? finallyBlock? | finallyBlock )
    ;
exceptClause : EXCEPT STAR? ( expression ( AS NAME )? )? COLON block ;
finallyBlock : FINALLY COLON block ;

// ---- targets ----
starTargets : starTarget ( COMMA starTarget )* COMMA? ;
// Wider than Python (any operator expression) so the builder can name what cannot be assigned.
starTarget  : STAR starTarget | bitwiseOr ;

// ---- expressions ----
starExpressions : starExpression ( COMMA starExpression )* COMMA? ;
starExpression  : STAR bitwiseOr | expression ;

starNamedExpressions : starNamedExpression ( COMMA starNamedExpression )* COMMA? ;
starNamedExpression  : STAR bitwiseOr | namedExpression ;

namedExpression : NAME COLONEQUAL expression | expression ;

expression
    : disjunction ( IF disjunction ELSE expression )?
    | lambdef
    ;

yieldExpr
    : YIELD FROM expression
    | ASYNC YIELD FROM expression
    | YIELD starExpressions?
    ;

disjunction : conjunction ( OR conjunction )* ;
conjunction : inversion ( AND inversion )* ;
inversion   : NOT inversion | comparison ;
comparison  : bitwiseOr ( compOp bitwiseOr )* ;
compOp
    : EQEQUAL | NOTEQUAL | LESSEQUAL | LESS | GREATEREQUAL | GREATER
    | NOT IN | IN | IS NOT | IS
    ;
bitwiseOr   : bitwiseXor ( VBAR bitwiseXor )* ;
bitwiseXor  : bitwiseAnd ( CIRCUMFLEX bitwiseAnd )* ;
bitwiseAnd  : shiftExpr ( AMPER shiftExpr )* ;
shiftExpr   : sum ( ( LEFTSHIFT | RIGHTSHIFT ) sum )* ;
sum         : term ( ( PLUS | MINUS ) term )* ;
term        : factor ( ( STAR | SLASH | DOUBLESLASH | PERCENT | AT ) factor )* ;
factor      : ( PLUS | MINUS | TILDE ) factor | power ;
power       : awaitPrimary ( DOUBLESTAR factor )? ;
awaitPrimary: AWAIT primary | primary ;

primary : atom trailer* ;
trailer
    : DOT NAME
    | LPAR arguments? RPAR
    | LSQB slices RSQB
    ;

atom
    : NAME
    | TRUE
    | FALSE
    | NONE
    | STRING+
    | NUMBER
    | ELLIPSIS
    | LPAR ( yieldExpr | starNamedExpression ( compFor | ( COMMA starNamedExpression )* COMMA? ) )? RPAR
    | LSQB ( starNamedExpression ( compFor | ( COMMA starNamedExpression )* COMMA? ) )? RSQB
    | LBRACE ( dictOrSetItem ( compFor | ( COMMA dictOrSetItem )* COMMA? ) )? RBRACE
    ;

/** One entry of a brace display; the builder decides between dict and set. */
dictOrSetItem
    : DOUBLESTAR bitwiseOr
    | starNamedExpression ( COLON expression )?
    ;

slices     : sliceItem ( COMMA sliceItem )* COMMA? ;
sliceItem
    : namedExpression ( COLON expression? ( COLON expression? )? )?
    | COLON expression? ( COLON expression? )?
    | STAR bitwiseOr
    ;

compFor     : compClause+ ;
compClause  : ASYNC? FOR starTargets IN disjunction ( IF disjunction )* ;

arguments : argument ( COMMA argument )* COMMA? ;
argument
    : NAME EQUAL expression
    | STAR expression
    | DOUBLESTAR expression
    | namedExpression compFor?
    ;

lambdef : LAMBDA lambdaParameters? COLON expression ;
lambdaParameters : lambdaParameter ( COMMA lambdaParameter )* COMMA? ;
lambdaParameter
    : SLASH
    | STAR NAME? ( EQUAL expression )?
    | DOUBLESTAR NAME ( EQUAL expression )?
    | NAME ( EQUAL expression )?
    ;
