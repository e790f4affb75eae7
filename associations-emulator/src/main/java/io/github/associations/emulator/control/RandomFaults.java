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

package io.github.associations.emulator.control;

import java.util.ArrayList;
import java.util.List;

import org.springframework.util.Assert;

/**
 * Faults drawn at random with a seed: each request gets at most one of the faults, with
 * the given probabilities, for example 5% 429, 3% 503, 1% closed connection and 1%
 * latency. The same seed and the same sequence of requests give the same faults.
 * Immutable: {@link #with(double, Fault)} returns a new instance.
 *
 * @see EmulatorFaults#injectRandomly(RandomFaults)
 * @since 0.1.0
 */
public final class RandomFaults {

    private final long seed;

    private final List<Entry> entries;

    private RandomFaults(long seed, List<Entry> entries) {
        this.seed = seed;
        this.entries = List.copyOf(entries);
    }

    /**
     * No faults yet, drawn with the given seed.
     * @param seed the seed of the random sequence
     * @return the random faults
     */
    public static RandomFaults seed(long seed) {
        return new RandomFaults(seed, List.of());
    }

    /**
     * These faults plus {@code fault} with probability {@code probability}.
     * @param probability between 0 and 1; the probabilities together must not exceed 1
     * @param fault what the request gets instead of, or on top of, its normal answer
     * @return new random faults
     */
    public RandomFaults with(double probability, Fault fault) {
        Assert.notNull(fault, "fault must not be null");
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be between 0 and 1: " + probability);
        }
        if (totalProbability() + probability > 1.0 + 1e-9) {
            throw new IllegalArgumentException("probabilities add up to more than 1");
        }
        List<Entry> entries = new ArrayList<>(this.entries);
        entries.add(new Entry(probability, fault));
        return new RandomFaults(this.seed, entries);
    }

    /**
     * The seed.
     * @return the seed
     */
    public long seed() {
        return this.seed;
    }

    /**
     * The faults with their probabilities, in the order added.
     * @return the entries
     */
    public List<Entry> entries() {
        return this.entries;
    }

    /**
     * The probability that a request gets any fault.
     * @return the sum of the probabilities
     */
    public double totalProbability() {
        return this.entries.stream().mapToDouble(Entry::probability).sum();
    }

    @Override
    public String toString() {
        return "RandomFaults[seed=" + this.seed + ", " + this.entries + "]";
    }

    /**
     * One fault and its probability.
     *
     * @param probability the probability, between 0 and 1
     * @param fault what the request gets instead of, or on top of, its normal answer
     * @since 0.1.0
     */
    public record Entry(double probability, Fault fault) {
    }

}
