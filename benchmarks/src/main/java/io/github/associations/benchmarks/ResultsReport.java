/*
 * Copyright 2026 the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.associations.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmarks' results as a markdown table per benchmark and as an SVG bar chart, both
 * without dependencies: the ratios against their targets on one scale, then panels of
 * figures with a scale of their own (heap in megabytes).
 */
final class ResultsReport {

    private static final int WIDTH = 760;

    private static final int LABEL_WIDTH = 300;

    private static final int BAR_HEIGHT = 26;

    private static final int ROW_HEIGHT = 44;

    private static final double SCALE_MAX = 1.2;

    private ResultsReport() {
    }

    static String markdown(String environment, List<BenchmarkResult> results) {
        StringBuilder markdown = new StringBuilder("# Benchmark results\n\n").append(environment).append("\n\n");
        markdown.append("Command: `./mvnw -B -Pbenchmarks -pl benchmarks -am verify -DskipTests`\n\n");
        for (BenchmarkResult result : results) {
            markdown.append("## ").append(result.title()).append("\n\n").append(result.setup()).append("\n\n");
            markdown.append("| Figure | Measured | Target | Met |\n|---|---|---|---|\n");
            for (BenchmarkResult.Row row : result.rows()) {
                markdown.append("| ")
                    .append(row.figure())
                    .append(" | ")
                    .append(row.value())
                    .append(" | ")
                    .append(row.target())
                    .append(" | ")
                    .append(row.met() ? "yes" : "**no**")
                    .append(" |\n");
            }
            markdown.append('\n');
        }
        markdown.append("![Benchmark results](chart.svg)\n");
        return markdown.toString();
    }

    static String svg(List<BenchmarkResult> results) {
        List<BenchmarkResult.Bar> ratios = new ArrayList<>();
        List<BenchmarkResult.Panel> panels = new ArrayList<>();
        results.forEach((result) -> ratios.addAll(result.bars()));
        results.forEach((result) -> panels.addAll(result.panels()));
        int height = 20 + panelHeight(ratios.size())
                + panels.stream().mapToInt((panel) -> panelHeight(panel.bars().size())).sum();
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"sans-serif\" font-size=\"13\">\n",
                WIDTH, height, WIDTH, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        int top = panel(svg, 0, "Measured ratio (bar) against its target (red line); 1.0 = ideal", SCALE_MAX, 0.2, "",
                false, ratios);
        for (BenchmarkResult.Panel panel : panels) {
            top = panel(svg, top, panel.title(), panel.scaleMax(), panel.tickStep(), panel.unit(), true, panel.bars());
        }
        return svg.append("</svg>\n").toString();
    }

    private static int panelHeight(int bars) {
        return 60 + bars * ROW_HEIGHT + 30;
    }

    /**
     * Draw one panel of bars from {@code top} down and return where the next one starts.
     */
    private static int panel(StringBuilder svg, int top, String title, double scaleMax, double tickStep, String unit,
            boolean targetIsCeiling, List<BenchmarkResult.Bar> bars) {
        int plotWidth = WIDTH - LABEL_WIDTH - 80;
        svg.append(String.format(Locale.ROOT,
                "<text x=\"10\" y=\"%d\" font-size=\"16\" font-weight=\"bold\">%s</text>\n", top + 24, escape(title)));
        for (int i = 0; i < bars.size(); i++) {
            BenchmarkResult.Bar bar = bars.get(i);
            int y = top + 50 + i * ROW_HEIGHT;
            double shown = Math.min(bar.value(), scaleMax);
            int barWidth = (int) Math.round(plotWidth * shown / scaleMax);
            int targetX = LABEL_WIDTH + (int) Math.round(plotWidth * Math.min(bar.target(), scaleMax) / scaleMax);
            boolean met = targetIsCeiling ? bar.value() <= bar.target() : bar.value() >= bar.target();
            svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">%s</text>\n", y + 18, escape(bar.label())));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>\n",
                    LABEL_WIDTH, y, barWidth, BAR_HEIGHT, met ? "#2e7d32" : "#f9a825"));
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#c62828\" stroke-width=\"3\"/>\n", targetX,
                    y - 4, targetX, y + BAR_HEIGHT + 4));
            String value = unit.isEmpty() ? String.format(Locale.ROOT, "%.3f", bar.value())
                    : String.format(Locale.ROOT, "%.1f%s", bar.value(), unit);
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>\n",
                    Math.max(LABEL_WIDTH + barWidth, targetX) + 8, y + 18, escape(value)));
        }
        int axisY = top + 50 + bars.size() * ROW_HEIGHT;
        int ticks = (int) Math.round(scaleMax / tickStep);
        for (int tick = 0; tick <= ticks; tick++) {
            double value = tick * tickStep;
            int x = LABEL_WIDTH + (int) Math.round(plotWidth * value / scaleMax);
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#9e9e9e\"/>"
                            + "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#616161\">%s</text>\n",
                    x, axisY - 4, x, axisY + 2, x, axisY + 18,
                    String.format(Locale.ROOT, (tickStep < 1) ? "%.1f" : "%.0f", value)));
        }
        return top + panelHeight(bars.size());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

}
