package org.ronghe.docking.matching;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.List;
import org.ronghe.core.ChineseText;
import org.springframework.stereotype.Component;

/**
 * Vectors of Chinese text from bge-small-zh v1.5 (quantised, ONNX), run in this process from the model inside its jar:
 * nothing is downloaded. Text is folded to simplified characters first, as the lexical analysers do, so that
 * traditional and mixed text find the same matches. The model is loaded on first use.
 */
@Component
public class Embedder {

    /** Names the model; vectors kept under another name are computed again (ADR 0025). */
    public static final String MODEL = "bge-small-zh-v1.5-q";

    private volatile EmbeddingModel model;

    public float[] embed(String text) {
        return model().embed(ChineseText.toSimplified(text)).content().vector();
    }

    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream()
                .map(t -> TextSegment.from(ChineseText.toSimplified(t)))
                .toList();
        return model().embedAll(segments).content().stream()
                .map(e -> e.vector())
                .toList();
    }

    /** Cosine similarity of two vectors of the model (they come normalised: a dot product). */
    public static double similarity(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    model = new BgeSmallZhV15QuantizedEmbeddingModel();
                }
                loaded = model;
            }
        }
        return loaded;
    }
}
