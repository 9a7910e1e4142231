-- Who may use the HTTP API and the dashboard, and the API tokens scripts authenticate with.
-- A token is shown once, when issued; only its SHA-256 is kept, with a short visible prefix to tell tokens apart.

create table app_user (
    user_id       bigint generated always as identity primary key,
    name          text        not null,
    role          text        not null check (role in ('COLLECTOR', 'TREASURY', 'ADMIN', 'METRICS')),
    -- for the dashboard's sign-in form; null: the user signs in with a token
    password_hash text,
    created_at    timestamptz not null,
    created_by    text        not null,
    -- a revoked user keeps its row, so who did what stays readable; its name is never given again
    revoked_at    timestamptz,
    revoked_by    text,
    constraint app_user_name_once unique (name),
    constraint app_user_name_format check (name ~ '^[A-Za-z0-9._@-]{1,64}$')
);

create table api_token (
    token_id     bigint generated always as identity primary key,
    user_id      bigint      not null references app_user,
    -- the token's first characters, shown in listings
    prefix       text        not null,
    sha256       char(64)    not null,
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    constraint api_token_hash_once unique (sha256)
);
create index api_token_user on api_token (user_id);
