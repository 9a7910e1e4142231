package io.cashpost.matching;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyNamesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Müller Maschinenbau GmbH|mueller maschinenbau",
					"MUELLER MASCHINENBAU GMBH & CO. KG|mueller maschinenbau", "Frei & Dubois Limietd|frei dubois",
					"Van der Berg Logistiek B.V.|van der berg logistiek", "Lefèvre & Fils S.A.R.L.|lefevre fils",
					"Nordic Timber AB|nordic timber", "Smith and Sons Ltd.|smith sons", "ACME, Inc.|acme",
					"Straße-Bau AG|strasse bau", "Krüger Werkzegue|krueger werkzegue", "Ølstad A/S|olstad", "AG|ag" })
	void namesAreReducedToTheWordsThatTellThemApart(String name, String tokens) {
		assertThat(String.join(" ", CompanyNames.tokens(name))).isEqualTo(tokens);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Müller Maschinenbau GmbH & Co. KG|gmbh kg", "MUELLER GMBH & CO KG|gmbh kg",
			"Smith Limited|ltd", "Smith Ltd.|ltd", "Van der Berg|''", "AG|''", "Novak s.r.o.|sro" })
	void theLegalFormIsReadTheSameWhicheverWayItIsWritten(String name, String form) {
		assertThat(CompanyNames.legalForm(name)).isEqualTo(form);
	}

	@Test
	void similarityForgivesTruncationTyposAndSpacing() {
		assertThat(similarity("Müller Maschinenbau GmbH", "MUELLER MASCHINENB")).isGreaterThan(0.9);
		assertThat(similarity("Van der Berg Logistiek B.V.", "VANDERBERG LOGISTIEK")).isEqualTo(1.0);
		assertThat(similarity("Nordic Timber AB", "Nordik Timber")).isGreaterThan(0.9);
		assertThat(similarity("Krüger Werkzeuge GmbH", "KRUEGER WERKZEGUE GMBH")).isGreaterThan(0.9);
		assertThat(similarity("Müller Maschinenbau GmbH", "Muller Maschinenbau")).isGreaterThan(0.9);
		assertThat(similarity("Müller Maschinenbau GmbH", "Müller Bau GmbH")).isLessThan(0.85);
		assertThat(similarity("Alpine Werkzeuge AG", "Baltic Werkzeuge AG")).isLessThan(0.85);
		assertThat(similarity("Acme", "")).isZero();
	}

	private static double similarity(String a, String b) {
		return CompanyNames.similarity(CompanyNames.tokens(a), CompanyNames.tokens(b));
	}

}
