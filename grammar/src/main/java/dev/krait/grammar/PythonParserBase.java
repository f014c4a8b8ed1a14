package dev.krait.grammar;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;

/**
 * The superclass of the generated {@code PythonParser}: it bounds rule nesting.
 *
 * <p>ANTLR's recursive descent has no depth limit of its own, so a program like
 * {@code ------...1} a hundred thousand signs long would overflow the Java stack. CPython's
 * parser stops such input with a {@code MemoryError}; Krait does the same once rule
 * nesting passes {@link #MAX_RULE_DEPTH}.
 */
public abstract class PythonParserBase extends Parser {
    /** Deepest rule nesting allowed; CPython's parser allows 6000 levels of its own rules. */
    public static final int MAX_RULE_DEPTH = 6000;

    private int ruleDepth;

    protected PythonParserBase(TokenStream input) {
        super(input);
    }

    @Override
    public void enterRule(ParserRuleContext localctx, int state, int ruleIndex) {
        if (++ruleDepth > MAX_RULE_DEPTH) {
            ruleDepth--; // the enclosing rules' exitRule() calls unwind the rest
            throw new SourceError(SourceError.Kind.MEMORY_ERROR, "", 0, 0);
        }
        super.enterRule(localctx, state, ruleIndex);
    }

    @Override
    public void exitRule() {
        ruleDepth--;
        super.exitRule();
    }

    @Override
    public void reset() {
        super.reset();
        ruleDepth = 0;
    }
}
