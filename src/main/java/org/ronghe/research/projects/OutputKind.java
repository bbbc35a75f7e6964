package org.ronghe.research.projects;

/** What a project produced: a patent, a paper, a standard, a software copyright, a new product or process. */
public enum OutputKind {
    PATENT,
    PAPER,
    STANDARD,
    SOFTWARE_COPYRIGHT,
    PRODUCT,
    PROCESS;

    public String messageKey() {
        return "research.output.kind." + name();
    }
}
