package org.ronghe.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SealedTableTest {

    @Test
    void aTableIsDeclaredColumnByColumn() {
        SealedTable table = SealedTable.of("studio_members", "studio_id", "position")
                .sealed("name_sealed", "person-name")
                .sealed("id_sealed", "person-id", "id_fingerprint")
                .where("not synthetic")
                .clearUnless("sealed")
                .versioned("version");
        assertThat(table.key()).containsExactly("studio_id", "position");
        assertThat(table.columns())
                .containsExactly(
                        new SealedTable.Column("name_sealed", "person-name", null),
                        new SealedTable.Column("id_sealed", "person-id", "id_fingerprint"));
        assertThat(table.where()).isEqualTo("not synthetic");
        assertThat(table.sealedFlag()).isEqualTo("sealed");
        assertThat(table.version()).isEqualTo("version");
    }

    @Test
    void namesArePlainSqlNamesAndAFieldIsRequired() {
        assertThatThrownBy(() -> SealedTable.of("students; drop table students", "id"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SealedTable.of("students")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SealedTable.of("students", "id").sealed("Mobile", "student.mobile"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SealedTable.of("students", "id").sealed("mobile_sealed", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRotationRefusesATableDeclaredTwiceOrWithoutAColumn() {
        SealedTable students = SealedTable.of("students", "id").sealed("mobile_sealed", "student.mobile");
        assertThatThrownBy(() -> new PersonalDataRotation(null, null, null, null, List.of(students, students)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PersonalDataRotation(null, null, null, null, List.of(SealedTable.of("t", "id"))))
                .isInstanceOf(IllegalStateException.class);
    }
}
