package dev.itss.model;

/**
 * The ITSS service elements (服务要素) every measurement, finding and action belongs to, plus
 * {@link #SUPERVISION} for the supervision checks of lifecycle stage L-5.
 */
public enum Element {
    PEOPLE("People", "人员"),
    RESOURCES("Resources", "资源"),
    TECHNOLOGY("Technology", "技术"),
    PROCESS("Process", "过程"),
    SUPERVISION("Supervision", "监督管理");

    private final String english;
    private final String chinese;

    Element(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /** The English name, e.g. "People". */
    public String english() {
        return english;
    }

    /** The Chinese name, e.g. "人员". */
    public String chinese() {
        return chinese;
    }
}
