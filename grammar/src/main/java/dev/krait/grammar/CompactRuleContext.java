package dev.krait.grammar;

import java.util.ArrayList;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The superclass of every generated rule context: starts each child list at two slots.
 *
 * <p>ANTLR's default grows a list of ten for every rule entered, and an operand passes
 * through a dozen precedence rules that each have one child; that made the parse tree of a
 * large file several times its necessary size and the parse mostly garbage collection.
 */
public class CompactRuleContext extends ParserRuleContext {
    public CompactRuleContext() {
    }

    public CompactRuleContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    @Override
    public <T extends ParseTree> T addAnyChild(T t) {
        if (children == null) {
            children = new ArrayList<>(2);
        }
        children.add(t);
        return t;
    }
}
