package org.ronghe.core;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * Indexes a name as its {@linkplain ChineseCollation#sortKey Chinese collation key}, so that a sort on the field lists
 * names in pinyin order rather than by code point (培 U+57F9 before 安 U+5B89). Changing the key's form needs a rebuild
 * of the index ({@code SearchIndexMaintenance.MAPPING_VERSION}).
 */
public class ChineseSortKeyBridge implements ValueBridge<String, String> {

    @Override
    public String toIndexedValue(String name, ValueBridgeToIndexedValueContext context) {
        return name == null ? null : ChineseCollation.sortKey(name);
    }
}
