package com.nnplayground.link;

import com.nnplayground.dataset.Dataset;
import com.nnplayground.dataset.Preset;
import com.nnplayground.dataset.PresetOptions;
import com.nnplayground.dataset.Scaling;
import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Init;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.OptimizerKind;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.ExperimentException;
import com.nnplayground.experiment.ExperimentJson;
import com.nnplayground.experiment.NetworkSettings;
import com.nnplayground.experiment.Preparation;
import com.nnplayground.experiment.Recommendation;
import com.nnplayground.experiment.TrainingSettings;
import com.nnplayground.numbers.Numbers;
import com.nnplayground.numbers.TypedNumber;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An experiment as a link's query: {@code preset=circles&rows=200&noise=0.05&dseed=1} or {@code data=...} (the
 * user's own table, deflated, base64url), then every setting with the experiment file's names for its values:
 * {@code hidden=8-8&act=tanh&out=sigmoid&loss=bce&bias=1&init=xavier&opt=adam&lr=0.03&it=500&batch=0&l2=0&seed=0
 * &scale=none&test=20} ({@code tscale} for a scaled target, {@code w} for an opened file's own weights). A query
 * longer than {@link #MAX_QUERY} keeps the table out of the link ({@code kept=KEY}: in this browser tab only).
 */
public final class LinkFormat {
    /** Links of up to about 2,000 characters survive every browser, chat, learning platform and QR code. */
    public static final int MAX_QUERY = 1900;
    /** A link's table unpacks to at most this (the CSV upload's own limit is larger; such tables are kept). */
    static final int MAX_UNPACKED = 2 * 1024 * 1024;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private LinkFormat() {
    }

    /**
     * The query of an experiment (without the "?").
     *
     * @param query    what the address holds
     * @param kept     the key of the table kept in the tab's storage because the link could not hold it, or null
     * @param keptData the packed table under that key, or null
     */
    public record Written(String query, String kept, String keptData) {
    }

    public static Written write(SharedExperiment e) {
        Map<String, String> p = new LinkedHashMap<>();
        String keptData = null;
        String kept = null;
        if (e.preset() != null) {
            p.put("preset", e.preset().id());
            if (e.preset().generated() && e.options() != null) {
                p.put("rows", Integer.toString(e.options().size()));
                p.put("noise", Numbers.setting(e.options().noise()));
                p.put("dseed", Long.toString(e.options().seed()));
            }
        } else if (e.keptData() != null) {
            p.put("kept", e.keptData());
        } else {
            p.put("data", packData(e.data()));
        }
        settings(e, p);
        String query = query(p);
        if (e.data() != null && query.length() > MAX_QUERY) {
            keptData = p.get("data");
            kept = key(keptData);
            Map<String, String> short_ = new LinkedHashMap<>();
            short_.put("kept", kept);
            p.remove("data");
            short_.putAll(p);
            query = query(short_);
        }
        return new Written(query, kept, keptData);
    }

    private static void settings(SharedExperiment e, Map<String, String> p) {
        NetworkSettings n = e.network();
        TrainingSettings t = e.training();
        p.put("hidden", n.hidden().isEmpty() ? "none" : String.join("-", n.hidden().stream().map(String::valueOf).toList()));
        p.put("act", n.activation().id());
        p.put("out", n.output().id());
        p.put("loss", t.loss().id());
        p.put("bias", n.bias() ? "1" : "0");
        p.put("init", n.init().id());
        p.put("opt", t.optimizer().id());
        p.put("lr", Numbers.setting(t.learningRate()));
        p.put("it", Integer.toString(t.iterations()));
        p.put("batch", Integer.toString(t.batchSize()));
        p.put("l2", Numbers.setting(t.l2()));
        p.put("seed", Long.toString(n.seed()));
        p.put("scale", e.preparation().scaling().id());
        p.put("test", Long.toString(Math.round(e.preparation().testShare() * 100)));
        if (e.preparation().targetScaling() != Scaling.NONE) {
            p.put("tscale", e.preparation().targetScaling().id());
        }
        if (n.weights() != null) {
            ObjectNode weights = JSON.createObjectNode();
            weights.set("weights", JSON.valueToTree(n.weights()));
            if (n.biases() != null) {
                weights.set("biases", JSON.valueToTree(n.biases()));
            }
            p.put("w", Packed.pack(weights.toString()));
        }
    }

    private static String query(Map<String, String> p) {
        List<String> parts = new ArrayList<>();
        p.forEach((k, v) -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return String.join("&", parts);
    }

    /** The table as the experiment file writes a dataset (columns, rows, inputs, target), deflated. */
    static String packData(Dataset data) {
        JsonNode file = JSON.readTree(ExperimentJson.write(new Experiment(data, NetworkSettings.seedArticle(),
                TrainingSettings.seedArticle())));
        ObjectNode dataset = (ObjectNode) file.get("dataset");
        dataset.remove(List.of("scaling", "testShare"));
        return Packed.pack(dataset.toString());
    }

    /** A packed table back, checked as an experiment file's dataset is; a problem names the parameter. */
    public static Dataset unpackData(String packed, String parameter) {
        String json = Packed.unpack(packed, MAX_UNPACKED);
        if (json == null) {
            throw new ExperimentException(parameter, "the data in this link is damaged (cut off when it was copied?)");
        }
        return ExperimentJson.read("{\"dataset\": " + json + "}").dataset();
    }

    /** A short name for a table kept in the tab, from its content: the same table gets the same key. */
    static String key(String packed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(packed.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The experiment a link's query describes, or null when the query names no experiment (the plain address).
     * Settings a link leaves out are the preset's (or, for own data, the seed's); a wrong one is refused with an
     * {@link ExperimentException} naming the parameter.
     */
    public static SharedExperiment read(Map<String, List<String>> query) {
        Map<String, String> p = new LinkedHashMap<>();
        query.forEach((k, v) -> {
            if (!v.isEmpty()) {
                p.put(k, v.get(0));
            }
        });
        if (!p.containsKey("preset") && !p.containsKey("data") && !p.containsKey("kept")) {
            return null;
        }
        Preset preset = p.containsKey("preset") ? choice(p, "preset", Preset::fromId) : null;
        Recommendation base = Recommendation.forPreset(preset == null ? Preset.XOR_SEED : preset);
        NetworkSettings n0 = preset == null ? NetworkSettings.seedArticle() : base.network();
        TrainingSettings t0 = preset == null ? TrainingSettings.seedArticle() : base.training();
        Preparation r0 = preset == null ? Preparation.NONE : base.preparation();
        PresetOptions options = null;
        if (preset != null && preset.generated()) {
            PresetOptions d = PresetOptions.DEFAULT;
            options = new PresetOptions((int) whole(p, "rows", d.size()), number(p, "noise", d.noise()),
                    whole(p, "dseed", d.seed()));
        }
        Dataset data = preset == null && p.containsKey("data") ? unpackData(p.get("data"), "data") : null;
        NetworkSettings n = new NetworkSettings(hidden(p, n0.hidden()), choice(p, "act", Activation::fromId, n0.activation()),
                choice(p, "out", Activation::fromId, n0.output()), flag(p, "bias", n0.bias()),
                choice(p, "init", Init::fromId, n0.init()), whole(p, "seed", n0.seed()), null, null);
        n = withWeights(n, p.get("w"));
        TrainingSettings t = new TrainingSettings(choice(p, "loss", Loss::fromId, t0.loss()),
                choice(p, "opt", OptimizerKind::fromId, t0.optimizer()), number(p, "lr", t0.learningRate()),
                (int) whole(p, "it", t0.iterations()), (int) whole(p, "batch", t0.batchSize()), number(p, "l2", t0.l2()));
        Preparation preparation = new Preparation(choice(p, "scale", Scaling::fromId, r0.scaling()),
                whole(p, "test", Math.round(r0.testShare() * 100)) / 100.0,
                choice(p, "tscale", Scaling::fromId, r0.targetScaling()));
        return new SharedExperiment(preset, options, data, preset == null ? p.get("kept") : null, n, t, preparation);
    }

    private static NetworkSettings withWeights(NetworkSettings n, String packed) {
        if (packed == null) {
            return n;
        }
        String json = Packed.unpack(packed, MAX_UNPACKED);
        if (json == null) {
            throw new ExperimentException("w", "the weights in this link are damaged (cut off when it was copied?)");
        }
        ObjectNode network = (ObjectNode) JSON.readTree(json);
        ObjectNode file = JSON.createObjectNode();
        file.set("dataset", JSON.readTree("{\"columns\": [\"x\", \"y\"], \"rows\": [[0, 0]]}"));
        network.put("bias", n.bias());
        file.set("network", network);
        NetworkSettings w;
        try {
            w = ExperimentJson.read(file.toString()).network();
        } catch (ExperimentException e) {
            throw new ExperimentException("w", e.getMessage());
        }
        return new NetworkSettings(n.hidden(), n.activation(), n.output(), n.bias(), n.init(), n.seed(), w.weights(),
                w.biases());
    }

    private static List<Integer> hidden(Map<String, String> p, List<Integer> fallback) {
        String text = p.get("hidden");
        if (text == null) {
            return fallback;
        }
        if (text.equals("none") || text.isEmpty()) {
            return List.of();
        }
        List<Integer> sizes = new ArrayList<>();
        for (String size : text.split("-", -1)) {
            BigDecimal n = TypedNumber.read(size, true);
            if (n == null || n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.ONE) < 0
                    || n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                throw new ExperimentException("hidden", "'" + text + "' is not a list of layer sizes such as 4 or 8-8");
            }
            sizes.add(n.intValue());
        }
        return sizes;
    }

    private static <T> T choice(Map<String, String> p, String name, Function<String, T> parse, T fallback) {
        return p.containsKey(name) ? choice(p, name, parse) : fallback;
    }

    private static <T> T choice(Map<String, String> p, String name, Function<String, T> parse) {
        try {
            return parse.apply(p.get(name));
        } catch (IllegalArgumentException e) {
            throw new ExperimentException(name, e.getMessage());
        }
    }

    private static boolean flag(Map<String, String> p, String name, boolean fallback) {
        String text = p.get(name);
        if (text == null) {
            return fallback;
        }
        if (!text.equals("0") && !text.equals("1")) {
            throw new ExperimentException(name, "expected 0 or 1, got '" + text + "'");
        }
        return text.equals("1");
    }

    private static double number(Map<String, String> p, String name, double fallback) {
        String text = p.get(name);
        if (text == null) {
            return fallback;
        }
        BigDecimal n = TypedNumber.read(text, false);
        if (n == null || !Double.isFinite(n.doubleValue())) {
            throw new ExperimentException(name, "'" + text + "' is not a number");
        }
        return n.doubleValue();
    }

    private static long whole(Map<String, String> p, String name, long fallback) {
        String text = p.get(name);
        if (text == null) {
            return fallback;
        }
        BigDecimal n = TypedNumber.read(text, true);
        if (n == null || n.stripTrailingZeros().scale() > 0 || n.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new ExperimentException(name, "'" + text + "' is not a whole number");
        }
        return n.longValue();
    }
}
