package no.sammen.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The synthetic people: children, guardians, teachers, assistants and the staff of synthetic municipalities and
 * hospitals. They never sign in, so they need no national identity number at all: their {@code identity.person} row
 * gets 32 random-looking bytes as the national-id hash (SHA-256 of a synthetic label such as
 * {@code guardian:00017:1}, so a second run finds the same person), random bytes as the "cipher", and the key id
 * {@value #KEY_ID}, which no configuration names: nothing can decrypt them, and nothing is meant to.
 */
final class SyntheticPeople {

    /** The key id of every synthetic person's national-id cipher: the marker of synthetic persons. */
    static final String KEY_ID = "synthetic";

    private static final String[] WOMEN = {"Ingrid", "Kari", "Marit", "Anne", "Hilde", "Silje", "Ida", "Nora", "Emma",
        "Ingeborg", "Sara", "Maria", "Astrid", "Liv", "Ragnhild", "Tone", "Camilla", "Marte", "Thea", "Solveig",
        "Guro", "Hanne", "Line", "Kristin", "Mette", "Turid", "Eli", "Randi", "Siri", "Vilde"};
    private static final String[] MEN = {"Ola", "Per", "Lars", "Jon", "Knut", "Arne", "Bjørn", "Erik", "Hans",
        "Geir", "Trond", "Morten", "Anders", "Jonas", "Magnus", "Sindre", "Eirik", "Håkon", "Sverre", "Tor",
        "Espen", "Rune", "Øyvind", "Kjetil", "Stian", "Vegard", "Aksel", "Henrik", "Jørgen", "Martin"};
    private static final String[] SURNAMES = {"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen",
        "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen",
        "Hagen", "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen", "Lund",
        "Sørensen", "Jakobsen", "Moen", "Gundersen", "Iversen", "Strand", "Solberg", "Svendsen", "Eide",
        "Knutsen", "Martinsen", "Paulsen", "Bakken", "Kristoffersen", "Mathisen", "Lie", "Amundsen", "Nguyen",
        "Rasmussen", "Ali", "Lunde", "Solheim", "Berge", "Moe", "Nygård", "Bakke"};

    /** A person as the records refer to them. */
    record Person(UUID id, String name) {
    }

    private SyntheticPeople() {
    }

    /** The national-id hash of the synthetic person with this label. */
    static byte[] hash(String label) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(("sammen-synthetic:" + label).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    static String womansName(SplittableRandom random) {
        return WOMEN[random.nextInt(WOMEN.length)] + " " + SURNAMES[random.nextInt(SURNAMES.length)];
    }

    static String mansName(SplittableRandom random) {
        return MEN[random.nextInt(MEN.length)] + " " + SURNAMES[random.nextInt(SURNAMES.length)];
    }

    static String anyName(SplittableRandom random) {
        return random.nextBoolean() ? womansName(random) : mansName(random);
    }

    static String surname(SplittableRandom random) {
        return SURNAMES[random.nextInt(SURNAMES.length)];
    }

    /**
     * Adds the person's row to the batch.
     *
     * @param professions HPR profession codes (comma-separated), or empty
     * @param roles       assigned roles (comma-separated), or empty
     */
    static Person add(SyntheticBatch batch, SyntheticIds ids, SplittableRandom random, String label, String name,
                      LocalDate birthDate, String hprNumber, String professions, String roles, Instant createdAt) {
        UUID id = ids.next();
        byte[] cipher = new byte[39];
        for (int i = 0; i < cipher.length; i++) {
            cipher[i] = (byte) random.nextInt(256);
        }
        batch.persons.uuid(id).bytes(hash(label)).bytes(cipher).text(KEY_ID).text(name).date(birthDate)
                .text(hprNumber).text(professions).text(roles).bool(false).instant(createdAt).nothing().end();
        return new Person(id, name);
    }
}
