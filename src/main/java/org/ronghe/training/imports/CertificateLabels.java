package org.ronghe.training.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ronghe.training.certificates.Certificate;
import org.ronghe.training.certificates.CertificateKind;
import org.springframework.context.MessageSource;

/**
 * The words a certificate sheet may use for a kind, a level and the holder's status: the labels of the pages in each
 * language, the constants' names, and the short forms people type (五级, 高级, 1+X, 在职职工, 学生).
 */
final class CertificateLabels {

    private static final List<Locale> LOCALES =
            List.of(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.ENGLISH);

    final Map<String, CertificateKind> kinds = new HashMap<>();
    final Map<String, String> levels = new HashMap<>();
    final Map<String, Certificate.HolderKind> holderKinds = new HashMap<>();

    CertificateLabels(MessageSource messages) {
        for (CertificateKind kind : CertificateKind.values()) {
            add(kinds, kind, kind.name(), messages, kind.messageKey());
            kind.levels().forEach(l -> add(levels, l, l, messages, "training.certificate.level." + l));
        }
        for (Certificate.HolderKind kind : Certificate.HolderKind.values()) {
            add(holderKinds, kind, kind.name(), messages, "training.certform.holder-kind." + kind.name());
        }
        put(kinds, CertificateKind.ONE_PLUS_X, "1+X", "1+X证书");
        put(kinds, CertificateKind.SPECIAL_OPERATION, "特种作业", "特种作业证");
        put(levels, "LEVEL_5", "五级", "初级工");
        put(levels, "LEVEL_4", "四级", "中级工");
        put(levels, "LEVEL_3", "三级", "高级工");
        put(levels, "LEVEL_2", "二级", "技师");
        put(levels, "LEVEL_1", "一级", "高级技师");
        put(holderKinds, Certificate.HolderKind.WORKER, "在职职工", "职工", "在職職工", "職工");
    }

    private static <E> void add(Map<String, E> labels, E value, String name, MessageSource messages, String key) {
        labels.put(Cells.key(name), value);
        LOCALES.forEach(l -> labels.put(Cells.key(messages.getMessage(key, null, name, l)), value));
    }

    private static <E> void put(Map<String, E> labels, E value, String... words) {
        for (String word : words) {
            labels.put(Cells.key(word), value);
        }
    }
}
