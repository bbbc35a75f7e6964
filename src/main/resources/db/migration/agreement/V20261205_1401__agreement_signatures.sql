-- Every party signs for itself (issue 14): one row per party that signed. A secretariat may record a party's signature
-- on its behalf only with the signed scan. Agreements signed before this existed count as signed by all parties on
-- the agreement's signing day, recorded by the system.
create table agreement_signatures (
    agreement_id        bigint        not null references agreements (id) on delete cascade,
    position            int           not null,
    organisation_id     bigint        not null,
    signed_on           date          not null,
    place               varchar(200),
    signatory_position  varchar(200),
    recorded_by         varchar(100)  not null,
    recorded_at         timestamptz   not null,
    on_behalf           boolean       not null default false,
    scan_file_id        uuid          references stored_files (id),
    primary key (agreement_id, position),
    unique (agreement_id, organisation_id)
);

insert into agreement_signatures (agreement_id, position, organisation_id, signed_on, place, signatory_position,
                                  recorded_by, recorded_at)
select p.agreement_id, p.position, p.organisation_id, a.signed_on, a.place, p.signatory_title, 'system', now()
from agreement_parties p join agreements a on a.id = p.agreement_id
where a.status <> 'DRAFT' and a.signed_on is not null;
