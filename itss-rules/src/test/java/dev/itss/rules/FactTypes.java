package dev.itss.rules;

/** The record class of a fact type named in {@code @inputs}. */
final class FactTypes {
    private FactTypes() {}

    static Class<?> of(String simpleName) {
        for (String pkg : new String[] {"dev.itss.model.", "dev.itss.measure."}) {
            try {
                return Class.forName(pkg + simpleName);
            } catch (ClassNotFoundException next) {
                // try the next package
            }
        }
        throw new AssertionError("no fact type " + simpleName);
    }
}
