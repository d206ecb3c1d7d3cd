package org.tirek.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The normalised form of names that the blind index is computed over. */
class NameKeyTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Айгерим Нурланова | NURLANOVA Aigerim",
                "Айгерим Нурланова | Nurlanova,   Aygerim",
                "Айгерим Нурланова | aigerim-nurlanova",
                "Назарбаев | Nazarbayev",
                "Сергей Сергеев | Sergey Sergeyev",
                "Жанар | Zhanar",
                "Жанар | Janar",
                "Қасым | Qasym",
                "Қасым | Kassym",
                "Хадиша | Khadisha",
                "Хадиша | Hadisha",
                "Юлия | Yulia",
                "Юлия | Iuliia",
                "Әлия | Aliya",
                "Әлия | Älııa",
                "Цой | Tsoy",
                "Щукина | Shchukina",
                "Фёдор | Fyodor",
                "Елена | Yelena",
                "Ерлан Әбдірахманов | Yerlan Abdirakhmanov",
                "Гүлнар Төлеуова | Gulnar Toleuova",
                "Ағжан | Aghzhan",
                "O'Brien | OBrien",
                "Anna  Maria | maria ANNA",
            })
    void spellingsOfOneNameMeet(String one, String other) {
        assertThat(NameKey.of(one)).isNotEmpty().isEqualTo(NameKey.of(other));
    }

    @ParameterizedTest(name = "{0} ≁ {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Айгерим Нурланова | Айгерим Нурланов",
                "Айгерим Нурланова | Айжан Нурланова",
                "Aigerim | Aigerim Nurlanova",
                "Сергей | Сергеев",
                "Марат | Марта",
            })
    void differentNamesStayApart(String one, String other) {
        assertThat(NameKey.of(one)).isNotEqualTo(NameKey.of(other));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Айгерим Нурланова | aigerim nurlanova",
                "NURLANOVA  Aigerim | aigerim nurlanova",
                "Щукина-Ёлкина | elkina shukina",
                "Хабиб Цой | coi habib",
                "Жұлдыз | juldiz",
            })
    void theFormIsLowerCaseLatinWithSortedParts(String name, String key) {
        assertThat(NameKey.of(name)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"'' | ''", "' -- , . ' | ''", "'123' | ''"})
    void nothingToIndexGivesAnEmptyKey(String name, String key) {
        assertThat(NameKey.of(name)).isEqualTo(key);
    }

    @org.junit.jupiter.api.Test
    void lettersOfOtherScriptsAreKept() {
        assertThat(NameKey.of("ნინო ბერიძე"))
                .isEqualTo(NameKey.of("ბერიძე  ნინო"))
                .isNotEmpty();
    }
}
