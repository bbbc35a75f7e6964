package org.ronghe.research.transfers;

/** 许可 (a licence), 转让 (an assignment), 作价入股 (contributed as equity). */
public enum TransferMode {
    LICENCE,
    ASSIGNMENT,
    EQUITY;

    public String messageKey() {
        return "research.transfer.mode." + name();
    }
}
