#!/usr/bin/perl
# Writes a tiny GeoLite2-City-shaped .mmdb for tst_geoiplocator.
# Usage: make-test-mmdb.pl OUTPUT.mmdb   (needs Debian's libmaxmind-db-writer-perl)
use strict;
use warnings;
use utf8;

use MaxMind::DB::Writer::Tree;

my $output = shift @ARGV or die "usage: $0 OUTPUT.mmdb\n";

my %types = (
    city               => 'map',
    continent          => 'map',
    country            => 'map',
    registered_country => 'map',
    location           => 'map',
    subdivisions       => [ 'array', 'map' ],
    names              => 'map',
    en                 => 'utf8_string',
    'pt-BR'            => 'utf8_string',
    code               => 'utf8_string',
    iso_code           => 'utf8_string',
    geoname_id         => 'uint32',
    latitude           => 'double',
    longitude          => 'double',
    accuracy_radius    => 'uint16',
    time_zone          => 'utf8_string',
);

# The documentation ranges (RFC 5737, RFC 3849) are "reserved", so the writer would
# drop them by default; real databases alias IPv4-mapped IPv6 to the IPv4 tree.
my $tree = MaxMind::DB::Writer::Tree->new(
    ip_version               => 6,
    record_size              => 28,
    database_type            => 'Papo-Test-City',
    languages                => [ 'en', 'pt-BR' ],
    description              => { en => 'Papo test data in the GeoLite2-City shape' },
    map_key_type_callback    => sub { $types{ $_[0] } },
    alias_ipv6_to_ipv4       => 1,
    remove_reserved_networks => 0,
);

sub country {
    my ( $code, $en, $pt ) = @_;
    return { iso_code => $code, names => { en => $en, 'pt-BR' => $pt } };
}

$tree->insert_network(
    '203.0.113.0/24',
    {
        continent => { code => 'SA', names => { en => 'South America' } },
        country            => country( 'BR', 'Brazil', 'Brasil' ),
        registered_country => country( 'BR', 'Brazil', 'Brasil' ),
        subdivisions =>
            [ { iso_code => 'SP', names => { en => 'São Paulo', 'pt-BR' => 'São Paulo' } } ],
        city     => { geoname_id => 3448439, names => { en => 'São Paulo', 'pt-BR' => 'São Paulo' } },
        location => {
            latitude        => -23.5475,
            longitude       => -46.63611,
            accuracy_radius => 20,
            time_zone       => 'America/Sao_Paulo',
        },
    }
);

# Country only, as for many mobile and satellite ranges.
$tree->insert_network(
    '198.51.100.0/24',
    {
        country            => country( 'AR', 'Argentina', 'Argentina' ),
        registered_country => country( 'AR', 'Argentina', 'Argentina' ),
        location           => { latitude => -34.0, longitude => -64.0, accuracy_radius => 1000 },
    }
);

$tree->insert_network(
    '2001:db8::/32',
    {
        continent => { code => 'EU', names => { en => 'Europe' } },
        country            => country( 'PT', 'Portugal', 'Portugal' ),
        registered_country => country( 'PT', 'Portugal', 'Portugal' ),
        subdivisions       => [ { iso_code => '11', names => { en => 'Lisbon' } } ],
        city               => { geoname_id => 2267057, names => { en => 'Lisbon', 'pt-BR' => 'Lisboa' } },
        location           => {
            latitude        => 38.71667,
            longitude       => -9.13333,
            accuracy_radius => 50,
            time_zone       => 'Europe/Lisbon',
        },
    }
);

# A private range with data: the locator must still answer "unknown" for it.
$tree->insert_network( '10.0.0.0/8', { country => country( 'ZZ', 'Nowhere', 'Lugar nenhum' ) } );

open my $fh, '>:raw', $output or die "cannot write $output: $!\n";
$tree->write_tree($fh);
close $fh or die "cannot write $output: $!\n";
