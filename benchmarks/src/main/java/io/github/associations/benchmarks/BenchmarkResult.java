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

import java.util.List;

/**
 * What one benchmark measured: rows of figures against their targets, and the ratios the chart shows.
 *
 * @param title the benchmark's title
 * @param setup how it was run, in a sentence or two
 * @param rows the figures
 * @param bars the ratios to chart against their targets
 */
record BenchmarkResult(String title, String setup, List<Row> rows, List<Bar> bars) {

    boolean met() {
        return this.rows.stream().allMatch(Row::met);
    }

    /**
     * One figure.
     *
     * @param figure what was measured
     * @param value the measured value, formatted
     * @param target the target, formatted
     * @param met whether the target is met
     */
    record Row(String figure, String value, String target, boolean met) {

    }

    /**
     * A ratio and its target, for the chart.
     *
     * @param label the bar's label
     * @param value the ratio
     * @param target the target ratio
     */
    record Bar(String label, double value, double target) {

    }

}
