package org.ospo.summit.invitation.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ospo.summit.contracts.events.Criterion;
import org.ospo.summit.invitation.api.CreateInvitationRequest;
import org.ospo.summit.invitation.api.ImportResult;
import org.ospo.summit.invitation.repository.SummitRepository;
import org.ospo.summit.platform.problem.ProblemException;
import org.ospo.summit.platform.text.ControlCharacters;

/**
 * CSV import ({@code email,fullName,company,jobTitle,locale}; locale defaults to zh-CN; an optional {@code criteria}
 * column lists selection reasons separated by ';'). Imported invitations are DRAFTs unless {@code send}. Each good
 * row is created in its own transaction, so a bad row never blocks or half-writes another; a row whose email
 * already has an open invitation is skipped, so importing the same file again creates nothing new.
 */
@ApplicationScoped
public class InvitationImport {
    static final int MAX_ROWS = 5000;
    private static final List<String> REQUIRED = List.of("email", "fullname", "company");
    private static final List<String> COLUMNS = List.of("email", "fullName", "company", "jobTitle", "locale");

    private final InvitationService invitations;
    private final SummitRepository summits;
    private final Validator validator;

    public InvitationImport(InvitationService invitations, SummitRepository summits, Validator validator) {
        this.invitations = invitations;
        this.summits = summits;
        this.validator = validator;
    }

    /** Imports into an edition (the current one when {@code summitId} is null), which must take invitations. */
    public Uni<ImportResult> importCsv(String csv, boolean send, Integer summitId) {
        List<CsvRows.Row> rows = CsvRows.parse(csv == null ? "" : csv);
        if (rows.isEmpty()) {
            throw ProblemException.badRequest(
                    "The CSV is empty; expected the header email,fullName,company,jobTitle,locale");
        }
        Map<String, Integer> columns = header(rows.get(0));
        if (rows.size() - 1 > MAX_ROWS) {
            throw ProblemException.badRequest("At most " + MAX_ROWS + " rows per import");
        }
        return Panache.withSession(() -> summits.edition(summitId)).chain(summit -> {
            summit.checkWritable("invitations");
            if (send) {
                summit.checkSendsInvitations();
            }
            return next(rows, 1, columns, send, summit.id, new Tally());
        });
    }

    private Uni<ImportResult> next(
            List<CsvRows.Row> rows, int index, Map<String, Integer> columns, boolean send, int summitId, Tally tally) {
        if (index >= rows.size()) {
            return Uni.createFrom().item(new ImportResult(tally.created, tally.skipped, List.copyOf(tally.errors)));
        }
        CsvRows.Row row = rows.get(index);
        Uni<Void> outcome;
        try {
            CreateInvitationRequest request = toRequest(row, columns, send);
            outcome = Panache.withTransaction(
                            () -> summits.edition(summitId).chain(summit -> invitations.create(request, summit, null)))
                    .invoke(created -> tally.created++)
                    .onFailure(ProblemException.class)
                    .recoverWithItem(e -> {
                        if (((ProblemException) e).status() == 409) {
                            tally.skipped++;
                        } else {
                            tally.errors.add(new ImportResult.RowError(row.line(), e.getMessage()));
                        }
                        return null;
                    })
                    .replaceWithVoid();
        } catch (IllegalArgumentException e) {
            tally.errors.add(new ImportResult.RowError(row.line(), e.getMessage()));
            outcome = Uni.createFrom().voidItem();
        }
        return outcome.chain(() -> next(rows, index + 1, columns, send, summitId, tally));
    }

    private CreateInvitationRequest toRequest(CsvRows.Row row, Map<String, Integer> columns, boolean send) {
        if (row.fields().stream().anyMatch(ControlCharacters::present)) {
            throw new IllegalArgumentException("a field " + ControlCharacters.MESSAGE);
        }
        String locale = value(row, columns, "locale");
        List<Criterion> criteria = new ArrayList<>();
        String criteriaText = value(row, columns, "criteria");
        if (criteriaText != null) {
            for (String c : criteriaText.split(";")) {
                if (!c.isBlank()) {
                    try {
                        criteria.add(Criterion.valueOf(c.trim().toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("criteria: unknown criterion " + c.trim());
                    }
                }
            }
        }
        CreateInvitationRequest request = new CreateInvitationRequest(
                value(row, columns, "email"),
                value(row, columns, "fullname"),
                value(row, columns, "company"),
                value(row, columns, "jobtitle"),
                locale == null ? "zh-CN" : locale,
                List.copyOf(criteria),
                null,
                send);
        // a CSV row carries no selection reasons unless the optional criteria column is given
        String problems = COLUMNS.stream()
                .flatMap(p -> validator.validateProperty(request, p).stream())
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems);
        }
        return request;
    }

    private static Map<String, Integer> header(CsvRows.Row header) {
        Map<String, Integer> columns = new java.util.HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            columns.put(header.fields().get(i).toLowerCase(Locale.ROOT), i);
        }
        List<String> missing =
                REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.badRequest(
                    "The header (line 1) lacks " + missing + "; expected email,fullName,company,jobTitle,locale");
        }
        return columns;
    }

    private static String value(CsvRows.Row row, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        if (i == null || i >= row.fields().size() || row.fields().get(i).isEmpty()) {
            return null;
        }
        return row.fields().get(i);
    }

    private static final class Tally {
        int created;
        int skipped;
        final List<ImportResult.RowError> errors = new ArrayList<>();
    }
}
