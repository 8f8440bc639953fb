package io.meshgov.e2e;

import io.meshgov.kit.test.Api;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * A canonical hash of everything the APIs answer about the mesh, walked in key order: the catalog's product pages,
 * every product, every alert and violation page and the domains; every product's lineage; every version's quality.
 * Two instances (or an instance and a clean replay) with the same state give the same digest; any difference in
 * any answer changes it.
 */
record MeshDigest(String catalog, String lineage, String quality, int products, int versions) {

    static MeshDigest of(Api catalog, Api lineage, Api quality) {
        Map<String, List<String>> versions = new TreeMap<>();
        String catalogDigest = catalog(catalog, versions);
        Hash lineageHash = new Hash(), qualityHash = new Hash();
        int count = 0;
        for (var product : versions.entrySet()) {
            lineageHash.add(lineage.ok("/api/lineage/products/" + product.getKey()));
            for (String version : product.getValue()) {
                qualityHash.add(quality.ok("/api/quality/products/" + product.getKey() + "/versions/" + version));
                count++;
            }
        }
        return new MeshDigest(catalogDigest, lineageHash.hex(), qualityHash.hex(), versions.size(), count);
    }

    static String catalog(Api catalog) {
        return catalog(catalog, new TreeMap<>());
    }

    /** One hash per part (products, alerts, violations, domains), so that a difference says where it is. */
    private static String catalog(Api catalog, Map<String, List<String>> versions) {
        Hash products = new Hash(), alerts = new Hash(), violations = new Hash(), domains = new Hash();
        for (JsonNode product : pages(catalog, "/api/products", products)) {
            String id = product.get("id").asString();
            JsonNode details = catalog.ok("/api/products/" + id);
            products.add(details);
            List<String> list = new ArrayList<>();
            details.get("versions").forEach(v -> list.add(v.get("version").asString()));
            versions.put(id, list);
        }
        pages(catalog, "/api/alerts", alerts);
        pages(catalog, "/api/violations", violations);
        domains.add(catalog.ok("/api/domains"));
        return "products " + products.hex() + " alerts " + alerts.hex() + " violations " + violations.hex()
                + " domains " + domains.hex();
    }

    private static List<JsonNode> pages(Api api, String path, Hash hash) {
        List<JsonNode> items = new ArrayList<>();
        int pages = 1;
        for (int page = 0; page < pages; page++) {
            JsonNode answer = api.ok(path + "?size=100&page=" + page);
            hash.add(answer);
            pages = answer.get("totalPages").asInt();
            answer.get("items").forEach(items::add);
        }
        return items;
    }

    private static final class Hash {
        private final MessageDigest sha;

        Hash() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        void add(JsonNode answer) {
            sha.update(answer.toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        }
    }
}
