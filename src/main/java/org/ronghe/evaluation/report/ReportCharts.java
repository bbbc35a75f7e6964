package org.ronghe.evaluation.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Draws a report's charts as PNG, in the report font, the same figures as its tables. */
final class ReportCharts {

    static final int WIDTH = 900;

    private static final Color[] SERIES = {new Color(0x0d6efd), new Color(0xadb5bd), new Color(0x198754)};

    private ReportCharts() {}

    /** A drawn chart and its size in pixels. */
    record Png(byte[] bytes, int width, int height) {}

    static Png png(ReportDocument.Chart chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int s = 0; s < chart.series().size(); s++) {
            for (int c = 0; c < chart.categories().size(); c++) {
                data.addValue(
                        chart.values().get(s).get(c),
                        chart.series().get(s),
                        chart.categories().get(c));
            }
        }
        JFreeChart drawn = ChartFactory.createBarChart(
                chart.title(),
                null,
                null,
                data,
                PlotOrientation.HORIZONTAL,
                chart.series().size() > 1,
                false,
                false);
        theme().apply(drawn);
        CategoryPlot plot = drawn.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdee2e6));
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        for (int s = 0; s < chart.series().size(); s++) {
            bars.setSeriesPaint(s, SERIES[s % SERIES.length]);
        }
        if (chart.values().stream().flatMap(List::stream).allMatch(ReportCharts::whole)) {
            ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        int height =
                Math.max(240, 110 + chart.categories().size() * chart.series().size() * 26);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, drawn, WIDTH, height);
            return new Png(out.toByteArray(), WIDTH, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean whole(BigDecimal value) {
        return value == null || value.stripTrailingZeros().scale() <= 0;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("ronghe");
        theme.setExtraLargeFont(ReportFont.awt(20f));
        theme.setLargeFont(ReportFont.awt(15f));
        theme.setRegularFont(ReportFont.awt(13f));
        theme.setSmallFont(ReportFont.awt(11f));
        theme.setChartBackgroundPaint(Color.WHITE);
        return theme;
    }
}
