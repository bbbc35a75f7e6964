package org.ronghe.training.imports;

/**
 * The columns of a certificate sheet, in order: 证书编号 · 证书类型 · 等级 · 职业 · 职业编码 · 发证日期 · 持证人身份 · 持证人单位 · 姓名 · 身份证号 · 班次编号;
 * each with the field of the certificate it fills, so that a draft's problems land on their column.
 */
enum CertificateColumn implements ImportColumn {
    NUMBER("number"),
    KIND("kind"),
    LEVEL("level"),
    OCCUPATION("occupation"),
    OCCUPATION_CODE("occupationCode"),
    ISSUED_ON("issuedOn"),
    HOLDER_KIND("holderKind"),
    HOLDER_ORGANISATION("holderOrganisationId"),
    HOLDER_NAME("holderName"),
    HOLDER_ID_NUMBER("holderIdNumber"),
    SESSION("enrolmentId");

    private final String field;

    CertificateColumn(String field) {
        this.field = field;
    }

    /** The column of a certificate's field; the number's when none matches. */
    static CertificateColumn ofField(String field) {
        for (CertificateColumn column : values()) {
            if (column.field.equals(field)) {
                return column;
            }
        }
        return NUMBER;
    }

    @Override
    public boolean personal() {
        return this == HOLDER_NAME || this == HOLDER_ID_NUMBER;
    }

    @Override
    public String keyPrefix() {
        return "training.import.certificates.column.";
    }
}
