package org.opendoors.content.guard.service;

import org.opendoors.content.guard.domain.GuardCategory;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A language's example sentences made into a model: multinomial logistic regression over {@link SentenceFeatures},
 * one class for ordinary sentences and one per category, trained with AdaGrad. Deterministic — the same examples
 * always give the same model, so a verdict can be reproduced — and small: a feature is kept as a 64-bit digest of
 * its name, sorted for a binary search, and only features seen in at least two examples are kept (one seen once
 * teaches nothing about the next writer), a couple of megabytes per language.
 */
final class SentenceModel {

    /** Bumped whenever the features or the model change, so that no kept model of an older kind is read. */
    static final String FORMAT = "guard-model 1: words, pairs within 4, 4-letter pieces, cues, cue pairs; seen twice";
    /** Class 0 is an ordinary sentence; class i is category i - 1. */
    private static final GuardCategory[] CATEGORIES = GuardCategory.values();
    private static final int CLASSES = CATEGORIES.length + 1;
    /** Ten passes: measured on writers the model never learned from, more passes only learn the examples by heart. */
    private static final int EPOCHS = 10;
    /** Small steps: measured on writers the model never learned from, 0.1 refuses half as many ordinary sentences as 0.5. */
    private static final double LEARNING_RATE = 0.1;
    /**
     * An ordinary example counts twice: measured on writers the model never learned from, this halves the ordinary
     * sentences it refuses for a point or two of recall.
     */
    private static final double ORDINARY_WEIGHT = 2;
    private static final int SEEN_AT_LEAST = 2;
    private static final long SHUFFLE_SEED = 20261206L;
    /** A kept model holds at most this many features: a bound on what a damaged file can make the reader allocate. */
    private static final int MAX_FEATURES = 5_000_000;
    /**
     * A sentence is refused when the model gives an ordinary reading less than this. Chosen by leaving one writer out
     * at a time (GuardCrossValidation over sixteen writers a language, the hardest ones written to phrase things
     * indirectly): 0.5 is where recall on unseen writers passes 95 % while false refusals stay under 2 %; above it,
     * false refusals grow faster than recall, and short ordinary texts (titles, procedure sentences) are refused.
     */
    static final double ORDINARY_BELOW = 0.5;
    /**
     * A rule's match is set aside when the model gives an ordinary reading more than this: measured on writers it
     * never learned from, this halves the ordinary sentences the rules refuse for about one point of recall. A city
     * that wants a phrase refused in every context writes sentences with it among the examples to refuse.
     */
    static final double ORDINARY_ABOVE = 0.95;

    /** What the model says of a sentence: the category it would refuse it as, if any, and how sure it is. */
    record Verdict(Optional<GuardCategory> category, double ordinary) {

        /** So sure the sentence is ordinary that a rule's match in it is a look-alike. */
        boolean surelyOrdinary() {
            return ordinary > ORDINARY_ABOVE;
        }
    }

    /** The features' digests, ascending; the bias is digest 0's neighbour like any other. */
    private final long[] features;
    /** {@code weights[i * CLASSES + c]}: feature i's weight for class c. */
    private final float[] weights;
    private final int bias;

    private SentenceModel(long[] features, float[] weights) {
        this.features = features;
        this.weights = weights;
        this.bias = Arrays.binarySearch(features, digest(""));
    }

    /** {@code labels[i]}: 0 for an ordinary sentence, else its category's ordinal + 1. */
    static SentenceModel train(List<List<SentenceFeatures.Feature>> sentences, int[] labels) {
        Map<Long, Integer> seen = new HashMap<>();
        List<long[]> digested = new ArrayList<>(sentences.size());
        for (List<SentenceFeatures.Feature> sentence : sentences) {
            long[] distinct = sentence.stream().mapToLong(f -> digest(f.name())).distinct().toArray();
            digested.add(distinct);
            for (long feature : distinct) {
                seen.merge(feature, 1, Integer::sum);
            }
        }
        seen.put(digest(""), SEEN_AT_LEAST);
        long[] kept = seen.entrySet().stream().filter(e -> e.getValue() >= SEEN_AT_LEAST)
                .mapToLong(Map.Entry::getKey).sorted().toArray();
        float[] weights = new float[kept.length * CLASSES];
        SentenceModel model = new SentenceModel(kept, weights);
        List<int[]> encoded = new ArrayList<>(sentences.size());
        for (long[] sentence : digested) {
            encoded.add(model.indices(sentence));
        }
        float[] squares = new float[weights.length];
        Arrays.fill(squares, 1e-3f);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            order.add(i);
        }
        Random random = new Random(SHUFFLE_SEED);
        double[] probabilities = new double[CLASSES];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (int sentence : order) {
                int[] features = encoded.get(sentence);
                softmax(weights, features, probabilities);
                double weight = labels[sentence] == 0 ? ORDINARY_WEIGHT : 1;
                for (int c = 0; c < CLASSES; c++) {
                    double gradient = weight * (probabilities[c] - (labels[sentence] == c ? 1 : 0));
                    float squared = (float) (gradient * gradient);
                    for (int feature : features) {
                        int at = feature * CLASSES + c;
                        squares[at] += squared;
                        weights[at] -= (float) (LEARNING_RATE * gradient / Math.sqrt(squares[at]));
                    }
                }
            }
        }
        return model;
    }

    Verdict judge(List<SentenceFeatures.Feature> sentence) {
        double[] probabilities = new double[CLASSES];
        softmax(weights, indices(sentence.stream().mapToLong(f -> digest(f.name())).distinct().toArray()), probabilities);
        int best = 1;
        for (int c = 2; c < CLASSES; c++) {
            if (probabilities[c] > probabilities[best]) {
                best = c;
            }
        }
        Optional<GuardCategory> category = probabilities[0] < ORDINARY_BELOW
                ? Optional.of(CATEGORIES[best - 1]) : Optional.empty();
        return new Verdict(category, probabilities[0]);
    }

    /**
     * How much each word pushes the sentence towards {@code category} rather than an ordinary reading: the weight
     * of every feature read from it, shared among the words it was read from. The phrase a refusal names is where
     * these add up most.
     */
    double[] leaning(List<SentenceFeatures.Feature> sentence, GuardCategory category, int words) {
        double[] leaning = new double[words];
        int c = category.ordinal() + 1;
        for (SentenceFeatures.Feature feature : sentence) {
            int at = Arrays.binarySearch(features, digest(feature.name()));
            if (at < 0 || !feature.anchored()) {
                continue;
            }
            double push = weights[at * CLASSES + c] - weights[at * CLASSES];
            for (int word = feature.first(); word < feature.end() && word < words; word++) {
                leaning[word] += push / (feature.end() - feature.first());
            }
        }
        return leaning;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeUTF(FORMAT);
        out.writeInt(features.length);
        for (long feature : features) {
            out.writeLong(feature);
        }
        for (float weight : weights) {
            out.writeFloat(weight);
        }
    }

    /**
     * Reads a model {@link #write} wrote. The features and weights are read in bulk, not value by value: eight
     * languages' models are read at every start, before the portal can answer.
     */
    static SentenceModel read(DataInputStream in) throws IOException {
        if (!FORMAT.equals(in.readUTF())) {
            throw new IOException("a model of another kind");
        }
        int count = in.readInt();
        if (count < 1 || count > MAX_FEATURES) {
            throw new IOException("a model of " + count + " features");
        }
        int bytes = count * (Long.BYTES + CLASSES * Float.BYTES);
        byte[] body = in.readNBytes(bytes);
        if (body.length < bytes) {
            throw new EOFException("a model cut short: " + body.length + " of " + bytes + " bytes");
        }
        // DataOutputStream writes big-endian, ByteBuffer's own order.
        ByteBuffer buffer = ByteBuffer.wrap(body);
        long[] features = new long[count];
        buffer.asLongBuffer().get(features);
        for (int i = 1; i < count; i++) {
            if (features[i] <= features[i - 1]) {
                throw new IOException("a model whose features are out of order");
            }
        }
        float[] weights = new float[count * CLASSES];
        buffer.position(count * Long.BYTES).asFloatBuffer().get(weights);
        SentenceModel model = new SentenceModel(features, weights);
        if (model.bias < 0) {
            throw new IOException("a model without its bias");
        }
        return model;
    }

    /** The positions of the model's features among {@code digests}, with the bias; unknown features are left out. */
    private int[] indices(long[] digests) {
        int[] found = new int[digests.length + 1];
        int n = 0;
        for (long digest : digests) {
            int at = Arrays.binarySearch(features, digest);
            if (at >= 0 && at != bias) {
                found[n++] = at;
            }
        }
        found[n++] = bias;
        return Arrays.copyOf(found, n);
    }

    /** FNV-1a over the name's UTF-16 units, 64 bits: collisions among a few hundred thousand names are negligible. */
    static long digest(String name) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < name.length(); i++) {
            hash ^= name.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    private static void softmax(float[] weights, int[] features, double[] probabilities) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < CLASSES; c++) {
            double score = 0;
            for (int feature : features) {
                score += weights[feature * CLASSES + c];
            }
            probabilities[c] = score;
            max = Math.max(max, score);
        }
        double sum = 0;
        for (int c = 0; c < CLASSES; c++) {
            probabilities[c] = Math.exp(probabilities[c] - max);
            sum += probabilities[c];
        }
        for (int c = 0; c < CLASSES; c++) {
            probabilities[c] /= sum;
        }
    }
}
