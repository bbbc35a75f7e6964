package org.ronghe.demo;

import java.util.List;
import org.ronghe.community.Body;
import org.ronghe.research.studios.StudioBook;
import org.ronghe.research.studios.StudioDraft;
import org.ronghe.research.studios.StudioKind;

/**
 * The studio seed 000 names: after the founding meeting the guests visited 西南铝's exhibition hall, production lines and
 * 何希家劳模创新工作室, so 西南铝 hosts it. The report gives no leader, founding date, members, innovations, benefits or training,
 * so none are invented.
 */
final class NonferrousStudios {

    private NonferrousStudios() {}

    static void load(SeedWriter seed, StudioBook studios, Body body) {
        studios.open(new StudioDraft(
                body.id(), "何希家劳模创新工作室", StudioKind.MODEL_WORKER, seed.id("西南铝"), null, null, List.of()));
    }
}
